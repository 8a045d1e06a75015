/**
 * The integrity of a run: content hashes of the bytes that were read, inputs that change during the run,
 * links that lead out of the input folders, and one writer at a time for a folder of reports.
 */
package cn.tongcheng.integrity;
