/**
 * The annual target-responsibility assessment (目标责任制考核) on top of the year's index: base score, capped
 * bonus, deductions, vetoes, grades by threshold and quota; plain Java, no I/O.
 */
package cn.tongcheng.grading;
