/** Report writers (Markdown, JSON), all from one {@link cn.tongcheng.assessment.Assessment}, written atomically. */
package cn.tongcheng.report;
