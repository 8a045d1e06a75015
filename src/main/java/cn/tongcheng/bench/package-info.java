/**
 * The benchmark: a seeded synthetic workload at national scale, timed through the Drools engine and
 * through a plain-Java baseline that computes the same scores directly, with both results compared.
 */
package cn.tongcheng.bench;
