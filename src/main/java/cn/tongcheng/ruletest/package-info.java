/**
 * {@code tongcheng test}: rule tests written as data in {@code rules/tests/} (YAML or CSV), run through the
 * assessment engine, with the rules and table rows they fired (coverage).
 */
package cn.tongcheng.ruletest;
