package cn.zhuanban.identity.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.security.ApiTokens;
import cn.zhuanban.identity.security.ApiTokens.IssuedToken;
import cn.zhuanban.identity.security.ApiTokens.TokenView;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.ApiController;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Personal API tokens over the API (api-contract.md, Authentication). */
@ApiController("/api/v1/tokens")
class TokenApiController {

    record TokenRequest(String name, Integer expiresInDays) {}

    record TokenResponse(long id, String token, Instant expiresAt) {}

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('" + Permissions.API_TOKEN + "')")
    TokenResponse create(CurrentUser user, @RequestBody TokenRequest request, HttpServletRequest http) {
        if (ApiTokens.byToken(http)) {
            // A token that mints tokens outlives itself: a one-day token would make a year's. Only a login (with the
            // second factor where required) issues them.
            throw new BusinessException(ErrorCode.TOKEN_NEEDS_SESSION, (String) null);
        }
        IssuedToken issued = tokens.issue(user.id(), user.username(), request.name(), request.expiresInDays());
        return new TokenResponse(issued.id(), issued.token(), issued.expiresAt());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.API_TOKEN + "')")
    PageResult<TokenView> mine(
            CurrentUser user,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return tokens.of(user.id(), PageQuery.of(page, size));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('" + Permissions.API_TOKEN + "')")
    void revoke(CurrentUser user, @PathVariable long id) {
        tokens.revoke(user.id(), user.username(), id);
    }
}
