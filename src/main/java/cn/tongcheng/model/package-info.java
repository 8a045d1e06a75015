/** The domain's values, free of I/O, Drools and Jackson: locations in the author's files, bilingual texts. */
package cn.tongcheng.model;
