/** {@code tongcheng serve}: a local web app on the loopback address over one project folder, read-mostly and offline. */
package cn.tongcheng.web;
