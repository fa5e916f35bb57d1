package cn.zhuanban.imports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The import kinds the application's modules implement, by the name their jobs store. */
@Component
public class ImportKinds {

    private final Map<String, ImportKind> byName;

    ImportKinds(List<ImportKind> kinds) {
        this.byName = kinds.stream().collect(Collectors.toUnmodifiableMap(ImportKind::name, Function.identity()));
    }

    /** Public for the tests that put a kind of their own in the place of the application's. */
    public static ImportKinds of(List<ImportKind> kinds) {
        return new ImportKinds(kinds);
    }

    ImportKind of(String name) {
        ImportKind kind = byName.get(name);
        if (kind == null) {
            throw new IllegalStateException("No import kind " + name);
        }
        return kind;
    }
}
