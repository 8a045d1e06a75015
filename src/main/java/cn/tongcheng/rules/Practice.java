package cn.tongcheng.rules;

import java.util.List;

import cn.tongcheng.model.Text;

/**
 * A docking practice the documents describe (a commuter bus to Shanghai, a park co-built with Shanghai, a hospital
 * partnership …), from the practices table: the yes/no or level indicators whose facts say whether a place has it.
 * The practice scoreboard shows it per place, apart from any index.
 *
 * @param indicators the yes/no or level indicators that evidence it; any one reported done makes it done
 * @param doneFrom   for level indicators, the lowest level that counts as done (empty when all are yes/no)
 * @param origin     {@code file:row} of the row
 */
public record Practice(String id, Text name, List<String> indicators, String doneFrom, String source, String quote,
                       String origin) {

    public Practice {
        indicators = List.copyOf(indicators);
    }
}
