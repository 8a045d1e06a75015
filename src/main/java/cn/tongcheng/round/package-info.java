/** The annual data round: forms for the assessed units, returned forms checked, and who has returned what. */
package cn.tongcheng.round;
