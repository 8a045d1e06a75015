package cn.tongcheng.facts;

import com.fasterxml.jackson.annotation.JsonValue;

/** The value of a fact or a target: a number, yes/no, or a named level. */
public sealed interface Value {

    /** The value as JSON writes it: a number, a boolean or a string. */
    @JsonValue
    Object json();

    /** The value as a report shows it. */
    String display();

    record Number(double amount) implements Value {
        @Override
        public Object json() {
            return amount;
        }

        @Override
        public String display() {
            return Numbers.format(amount);
        }
    }

    record YesNo(boolean yes) implements Value {
        @Override
        public Object json() {
            return yes;
        }

        @Override
        public String display() {
            return yes ? "yes" : "no";
        }
    }

    record Level(String name) implements Value {
        @Override
        public Object json() {
            return name;
        }

        @Override
        public String display() {
            return name;
        }
    }
}
