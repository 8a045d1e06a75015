/**
 * The rule base: the plain tables of {@code rules/} read into typed rows (every cell checked and located),
 * the DRL generated from them and compiled at run time with the hand-written {@code .drl} files, what each
 * compiled rule stands for, and the catalogue (dimensions, indicators, tiers, method parameters).
 */
package cn.tongcheng.rules;
