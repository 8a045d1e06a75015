/** The source documents that ship with the project ({@code sources/}): their index of articles and their text, for quotes. */
package cn.tongcheng.sources;
