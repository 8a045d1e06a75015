/**
 * The rule sandbox: what rule files may name and call, checked on the text, on what Drools' parser makes
 * of it, and on the bytecode Drools compiles from it, so that no textual trick reaches the JVM.
 */
package cn.tongcheng.sandbox;
