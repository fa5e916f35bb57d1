package cn.zhuanban.shared;

/**
 * Raised for a row that does not exist or lies outside the user's data scope: the two are
 * indistinguishable on purpose, so nobody learns that someone else's row exists.
 */
public class NotFoundException extends BusinessException {

    public NotFoundException(String entity, Object id) {
        super(ErrorCode.NOT_FOUND, entity, id);
    }
}
