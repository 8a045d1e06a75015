/** User-facing text from resource bundles ({@code i18n/messages*.properties}), zh-CN and en. */
package cn.tongcheng.i18n;
