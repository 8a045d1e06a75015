package cn.tongcheng.rules;

import cn.tongcheng.model.Text;

/** A named reason for a policy choice, from the reasons table; criteria rows refer to it by id. */
public record Reason(String id, Text text, String origin) {
}
