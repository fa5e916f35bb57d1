package cn.zhuanban.shared.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * How the API reads JSON: the application's mapper (its modules, stored-text check, decimals) with its types strict, as
 * the README promises. Jackson would take {@code "projectId": "1"} for 1, {@code "notify": 1} or {@code "yes"} for
 * true, {@code "severity": 2} for the third severity, {@code "resolveBy": 20000} for a day in 2024, {@code ""} for null
 * and {@code "title": 5} for "5": each acts on a value nobody typed as such, so each is a 400 naming the field. The
 * application's own {@link JsonMapper} keeps Jackson's defaults: module events stored by it are read back by it.
 */
public final class ApiJson {

    private final JsonMapper mapper;

    ApiJson(JsonMapper application) {
        this.mapper = application
                .rebuild()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // a date is an ISO string, not a count of days since 1970
                .defaultLeniency(false)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // a value none of a field's choices, in a body being read, is refused with the body's other problems
                .addHandler(JsonChoiceProblems.handler())
                .build();
    }

    /** The mapper of the API's request bodies (and of its answers, written as the application's mapper writes). */
    public JsonMapper mapper() {
        return mapper;
    }

    /** A body bound as a tree and read only later (a move whose state is checked first) is read as strictly. */
    public <T> T read(JsonNode body, Class<T> type) {
        return mapper.treeToValue(body, type);
    }
}
