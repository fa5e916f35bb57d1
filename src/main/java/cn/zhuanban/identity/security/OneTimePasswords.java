package cn.zhuanban.identity.security;

import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.shared.BusinessException;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Random passwords that the password policy takes, for an operator to hand over once and the user to change. */
@Component
public class OneTimePasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final SecuritySettings settings;
    private final SecureRandom random = new SecureRandom();

    OneTimePasswords(SecuritySettings settings) {
        this.settings = settings;
    }

    /** Random letters and digits after a symbol, as long as the policy asks and at least 16, that the policy takes. */
    public String draw(String username) {
        while (true) {
            StringBuilder password = new StringBuilder("#");
            int length = Math.max(16, settings.passwordPolicy().minLength());
            while (password.length() < length) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            try {
                settings.passwordPolicy().check(username, password.toString());
                return password.toString();
            } catch (BusinessException e) {
                // Too few classes drawn, or the username inside it: draw again.
            }
        }
    }
}
