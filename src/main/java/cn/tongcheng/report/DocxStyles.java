package cn.tongcheng.report;

import java.io.IOException;
import java.math.BigInteger;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMultiLevelType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word report's page and styles: A4 with a page number, Normal, Title, Heading 1–3 (real Word heading styles
 * with outline levels, so that the navigation pane and a table of contents work) and Small; Chinese set in
 * SimSun / SimHei with a font table that lets programs without them substitute.
 */
final class DocxStyles {
    /** East Asian body and heading fonts, and the Latin fonts beside them. */
    static final String BODY_CJK = "SimSun";
    static final String HEADING_CJK = "SimHei";
    static final String BODY_LATIN = "Times New Roman";
    static final String HEADING_LATIN = "Arial";
    /** Text width of A4 with 2.5 cm side margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 11906 - 2 * 1418;

    private DocxStyles() {
    }

    /** Word's own lists: bullets, and numbers that restart for each list (so that an editor's new item renumbers). */
    record Lists(XWPFNumbering numbering, BigInteger bullets, BigInteger numbered) {
        /** A new numbered list, from 1. */
        BigInteger newNumbered() {
            BigInteger num = numbering.addNum(numbered);
            var override = numbering.getNum(num).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.ONE);
            return num;
        }

        /** The bullet list every bullet belongs to. */
        BigInteger bullet() {
            return bullets;
        }
    }

    static Lists lists(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger bullets = numbering.addAbstractNum(new XWPFAbstractNum(abstractList(0, STNumberFormat.BULLET, "•")));
        BigInteger numbered = numbering.addAbstractNum(new XWPFAbstractNum(abstractList(1, STNumberFormat.DECIMAL, "%1.")));
        return new Lists(numbering, numbering.addNum(bullets), numbered);
    }

    private static CTAbstractNum abstractList(int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.valueOf(id));
        list.addNewMultiLevelType().setVal(STMultiLevelType.SINGLE_LEVEL);
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewLvlJc().setVal(STJc.LEFT);
        var ind = level.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(420));
        ind.setHanging(BigInteger.valueOf(420));
        return list;
    }

    static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1418));
        mar.setBottom(BigInteger.valueOf(1418));
        mar.setLeft(BigInteger.valueOf(1418));
        mar.setRight(BigInteger.valueOf(1418));
        mar.setHeader(BigInteger.valueOf(709));
        mar.setFooter(BigInteger.valueOf(709));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

        static void styles(XWPFDocument doc, boolean zh) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = fonts(BODY_LATIN, BODY_CJK);
        styles.setDefaultFonts(fonts);
        styles.addStyle(style(zh, "Normal", "Normal", -1, 21, false, BODY_LATIN, BODY_CJK, null));
        styles.addStyle(style(zh, "Title", "Title", -1, 44, true, HEADING_LATIN, HEADING_CJK, "1F3864"));
        styles.addStyle(style(zh, "Heading1", "heading 1", 0, 32, true, HEADING_LATIN, HEADING_CJK, "1F3864"));
        styles.addStyle(style(zh, "Heading2", "heading 2", 1, 28, true, HEADING_LATIN, HEADING_CJK, "2E5597"));
        styles.addStyle(style(zh, "Heading3", "heading 3", 2, 24, true, HEADING_LATIN, HEADING_CJK, "2E5597"));
        styles.addStyle(style(zh, "Small", "Small", -1, 16, false, BODY_LATIN, BODY_CJK, "4A5568"));
    }

    /**
     * Word's font table: each font's character set, family and PANOSE class, so that a program without
     * SimSun or SimHei substitutes a Simplified Chinese serif or sans font (宋体/黑体 are their Chinese names).
     */
    static void fontTable(XWPFDocument doc) throws IOException, InvalidFormatException {
        String xml = """
                <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:font w:name="SimSun"><w:altName w:val="宋体"/><w:panose1 w:val="02010600030101010101"/>\
                <w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
                <w:font w:name="SimHei"><w:altName w:val="黑体"/><w:panose1 w:val="02010609060101010101"/>\
                <w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
                <w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>\
                <w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
                <w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>\
                <w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
                </w:fonts>""";
        org.apache.poi.openxml4j.opc.PackagePartName name =
                org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/fontTable.xml");
        org.apache.poi.openxml4j.opc.PackagePart part = doc.getPackage().createPart(name,
                org.apache.poi.xwpf.usermodel.XWPFRelation.FONT_TABLE.getContentType());
        doc.getPackagePart().addRelationship(name, org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
                org.apache.poi.xwpf.usermodel.XWPFRelation.FONT_TABLE.getRelation());
        try (java.io.OutputStream out = part.getOutputStream()) {
            out.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static CTFonts fonts(String latin, String cjk) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(latin);
        fonts.setHAnsi(latin);
        fonts.setCs(latin);
        fonts.setEastAsia(cjk);
        fonts.setHint(STHint.EAST_ASIA);
        return fonts;
    }

    private static XWPFStyle style(boolean zh, String id, String name, int outline, int halfPoints, boolean bold, String latin,
                                   String cjk, String colour) {
        CTStyle st = CTStyle.Factory.newInstance();
        st.setStyleId(id);
        st.setType(STStyleType.PARAGRAPH);
        st.addNewName().setVal(name);
        if (id.equals("Normal")) {
            st.setDefault(true);
        } else {
            st.addNewBasedOn().setVal("Normal");
            st.addNewNext().setVal("Normal");
        }
        st.addNewQFormat();
        CTPPrGeneral ppr = st.addNewPPr();
        if (outline >= 0) {
            st.addNewUiPriority().setVal(BigInteger.valueOf(9));
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewKeepNext();
            ppr.addNewKeepLines();
            var sp = ppr.addNewSpacing();
            sp.setBefore(BigInteger.valueOf(outline == 0 ? 360 : 240));
            sp.setAfter(BigInteger.valueOf(120));
        } else {
            var sp = ppr.addNewSpacing();
            sp.setAfter(BigInteger.valueOf(id.equals("Title") ? 120 : 60));
            sp.setLine(BigInteger.valueOf(id.equals("Small") ? 240 : 300));
            sp.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
        }
        CTRPr rpr = st.addNewRPr();
        rpr.addNewRFonts().set(fonts(latin, cjk));
        if (bold) rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (colour != null) rpr.addNewColor().setVal(colour);
        // Chinese, so that programs substituting a missing font pick a Simplified Chinese one
        var lang = rpr.addNewLang();
        lang.setVal(zh ? "zh-CN" : "en-US");
        lang.setEastAsia("zh-CN");
        return new XWPFStyle(st);
    }
}
