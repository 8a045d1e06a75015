package cn.tongcheng.sources;

/**
 * One article of the source documents, as {@code sources/articles.csv} lists it.
 *
 * @param file      the text file below {@code sources/} that holds it
 * @param firstLine first line of the article in that file (1-based)
 * @param lastLine  last line of the article in that file
 * @param origin    where the index lists it ({@code sources/articles.csv:3})
 */
public record Article(String id, String title, String publisher, String date, String file, int firstLine, int lastLine,
                      String note, String origin) {

    /** How a report's list of references (参考文献) shows it: title, publisher, date. */
    public String citation() {
        StringBuilder s = new StringBuilder(id).append(" 《").append(title).append("》");
        if (!publisher.isBlank()) s.append("，").append(publisher);
        if (!date.isBlank()) s.append("，").append(date);
        return s.toString();
    }
}
