package cn.tongcheng.assessment;

/**
 * An indicator's score for a place set against the same indicator's scores of the other places of the year.
 *
 * @param othersMean mean score of the other places that have data for it
 * @param difference score minus othersMean
 * @param others     how many other places the mean is over
 */
public record Standing(String indicator, double score, double othersMean, double difference, int others) {
}
