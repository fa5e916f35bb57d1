package cn.zhuanban.shared;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Raised for a row that does not exist or lies outside the user's data scope: the two are
 * indistinguishable on purpose, so nobody learns that someone else's row exists. The message names
 * the kind of thing in the user's language ({@code entity.<entity>}) and the id asked for.
 */
public class NotFoundException extends BusinessException {

    public NotFoundException(String entity, Object id) {
        // The field is null on purpose: with the entity there, the overload took it for a form field and the message
        // lost its first argument ("未找到10（{1}）").
        super(
                ErrorCode.NOT_FOUND,
                (String) null,
                new DefaultMessageSourceResolvable(new String[] {"entity." + entity}, entity),
                // as written: a number argument would be grouped ("编号 12,345")
                id == null ? "—" : String.valueOf(id));
    }
}
