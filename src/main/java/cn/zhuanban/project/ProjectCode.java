package cn.zhuanban.project;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.regex.Pattern;

/**
 * A national investment project code (投资项目代码, GB/T 40058-2021): 24 digits written
 * {@code NNNN-NNNNNN-NN-NN-NNNNNN}. Only the format is checked (domain.md §6): the check digit's
 * algorithm is not public, so a code is never refused for it.
 */
public record ProjectCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}");

    public ProjectCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new BusinessException(ErrorCode.PROJECT_CODE_FORMAT, "projectCode", value);
        }
    }

    /** A typed code, or null when none was typed: a project on the reserve list may have none yet. */
    public static ProjectCode parseOptional(String typed) {
        return typed == null || typed.isBlank() ? null : new ProjectCode(typed.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
