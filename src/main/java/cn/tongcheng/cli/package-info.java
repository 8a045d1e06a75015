/** The command line: {@code tongcheng assess}, {@code tongcheng indicators}; exit codes and error printing. */
package cn.tongcheng.cli;
