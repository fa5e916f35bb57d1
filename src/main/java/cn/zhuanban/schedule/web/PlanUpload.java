package cn.zhuanban.schedule.web;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.io.IOException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The plan file of an import, page or API. Both take it as optional and ask for it here, after the permission check: a
 * required part is looked for before the permission, so a post without it answered 400 to anyone, and told someone
 * without the permission to edit plans what the endpoint wants.
 */
final class PlanUpload {

    private PlanUpload() {}

    static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null) {
            throw new BusinessException(ErrorCode.VALIDATION, "file", new DefaultMessageSourceResolvable(new String[] {
                "plan.import.file-required"
            }));
        }
        return file.getBytes();
    }
}
