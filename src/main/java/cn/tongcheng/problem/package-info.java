/** Located problems in the user's input (facts, rules, options), collected as values and reported all at once. */
package cn.tongcheng.problem;
