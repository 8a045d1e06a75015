/**
 * The rule base's plain tables as policy staff edit them in Excel or WPS: one header row (English ids or
 * Chinese names) and data rows, read from CSV or XLSX into rows of located cells. Knows nothing of what the
 * cells mean; {@code cn.tongcheng.rules} reads them into typed rows.
 */
package cn.tongcheng.rules.table;
