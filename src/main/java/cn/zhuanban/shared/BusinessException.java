package cn.zhuanban.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A refusal with a code from the {@link ErrorCode} catalogue. The message text is resolved from
 * the bundles in the user's language; {@code args} fill its placeholders. {@code field} names the
 * input at fault, if any, so forms can show the message beside it.
 */
public class BusinessException extends RuntimeException {

    private final ErrorCode errorCode;
    private final String field;
    private final transient Object[] args;
    private final transient List<BusinessException> also = new ArrayList<>();

    public BusinessException(ErrorCode errorCode, Object... args) {
        this(errorCode, null, args);
    }

    public BusinessException(ErrorCode errorCode, String field, Object... args) {
        super(errorCode.code() + (field == null ? "" : " [" + field + "]") + " " + Arrays.toString(args));
        this.errorCode = errorCode;
        this.field = field;
        this.args = args;
    }

    /**
     * Invalid input beside {@code field}, saying why in the words of {@code messageKey} ("输入有误：不能晚于今天（2030-01-01）"):
     * the bare {@link ErrorCode#VALIDATION} with a field name or a value as its argument said only "输入有误：departmentId".
     */
    public static BusinessException invalid(String field, String messageKey, Object... args) {
        return new BusinessException(
                ErrorCode.VALIDATION, field, new DefaultMessageSourceResolvable(new String[] {messageKey}, args));
    }

    /**
     * Throws the first of {@code refusals} with the others attached ({@link #also}), so a form shows every refused
     * field at once and an API problem names them all; nothing when there are none.
     */
    public static void throwAll(List<BusinessException> refusals) {
        if (refusals.isEmpty()) {
            return;
        }
        BusinessException first = refusals.getFirst();
        first.also.addAll(refusals.subList(1, refusals.size()));
        throw first;
    }

    /** The refusals of other fields made together with this one ({@link #throwAll}). */
    public List<BusinessException> also() {
        return List.copyOf(also);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
