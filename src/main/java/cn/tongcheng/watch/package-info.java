/** {@code assess --watch}: re-assesses when a file under rules/ or facts/ changes and says what changed. */
package cn.tongcheng.watch;
