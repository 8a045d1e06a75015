/**
 * The rule base: compiling {@code rules/} (DRL files and spreadsheet decision tables) at run time, mapping
 * compile errors back to file, line and sheet row, and reading the catalogue (dimensions, indicators, tiers,
 * method parameters) that the catalogue tables define.
 */
package cn.tongcheng.rules;
