package cn.zhuanban.enterprise;

import java.util.List;

/** The outcome of registering or editing: the enterprise's id and what the user should check. */
public record Saved(long id, List<Warning> warnings) {

    public Saved {
        warnings = List.copyOf(warnings);
    }
}
