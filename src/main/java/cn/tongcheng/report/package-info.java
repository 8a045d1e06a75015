/**
 * Report writers (Word, PDF, HTML, Markdown, workbook, JSON), all from one {@link cn.tongcheng.report.ReportView} of
 * one {@link cn.tongcheng.assessment.Assessment}, written atomically.
 */
package cn.tongcheng.report;
