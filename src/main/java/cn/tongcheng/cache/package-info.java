/** The compiled rule base kept between runs, keyed by what it was compiled from and by what compiled it. */
package cn.tongcheng.cache;
