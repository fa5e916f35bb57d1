package cn.zhuanban.notification;

import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.notification.domain.PreferenceStore;
import cn.zhuanban.notification.domain.RobotAddresses;
import cn.zhuanban.notification.domain.RobotConfig;
import cn.zhuanban.notification.domain.RobotStore;
import cn.zhuanban.notification.domain.Secrets;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wants what: each user's channels (kept by the user) and each department's group robots
 * (kept by the system administrator). Stored robot URLs and secrets are never handed out in full.
 */
@Service
@Transactional
public class NotificationSettings {

    private final PreferenceStore preferences;
    private final RobotStore robots;
    private final DepartmentManagement departments;
    private final RobotAddresses addresses;
    private final ApplicationEventPublisher events;

    NotificationSettings(
            PreferenceStore preferences,
            RobotStore robots,
            DepartmentManagement departments,
            RobotAddresses addresses,
            ApplicationEventPublisher events) {
        this.preferences = preferences;
        this.robots = robots;
        this.departments = departments;
        this.addresses = addresses;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ChannelPreferences preferencesOf(long userId) {
        return preferences.of(userId);
    }

    public void choose(long userId, ChannelPreferences chosen) {
        ChannelPreferences before = preferences.of(userId);
        preferences.save(userId, chosen);
        publish("notification.preferences-updated", "user", userId, before.describe() + " → " + chosen.describe());
    }

    /**
     * A page of the departments whose name or code contains the words (all when blank), in tree order with their robots,
     * masked: the name matched in the database, the robots read for the page's departments only.
     */
    @Transactional(readOnly = true)
    public PageResult<RobotView> robots(String q, PageQuery page) {
        List<DepartmentView> shown = departments.treeMatching(q);
        int from = (int) Math.min(page.offset(), shown.size());
        return new PageResult<>(
                withRobots(shown.subList(from, Math.min(from + page.size(), shown.size()))),
                page.page(),
                page.size(),
                shown.size());
    }

    /** Every department {@link #robots(String, PageQuery)} pages through, for the export. */
    @Transactional(readOnly = true)
    public List<RobotView> robots(String q) {
        return withRobots(departments.treeMatching(q));
    }

    private List<RobotView> withRobots(List<DepartmentView> shown) {
        Map<Long, RobotConfig> stored =
                robots.of(shown.stream().map(DepartmentView::id).toList());
        return shown.stream()
                .map(d -> view(d, stored.getOrDefault(d.id(), RobotConfig.none(d.id()))))
                .toList();
    }

    @Transactional(readOnly = true)
    public RobotView robot(long departmentId) {
        return view(department(departmentId), robots.find(departmentId).orElse(RobotConfig.none(departmentId)));
    }

    @Transactional(readOnly = true)
    public boolean hasRobot(Long departmentId) {
        return departmentId != null
                && robots.find(departmentId)
                        .filter(r -> r.hasWeCom() || r.hasDingTalk())
                        .isPresent();
    }

    /**
     * Applies the form: blank keeps, the clear flags remove, anything else replaces. A new address must be on an allowed
     * host ({@link RobotAddresses}).
     */
    public void configureRobots(long departmentId, RobotForm form) {
        department(departmentId);
        checkAllowed("wecomUrl", form.clearsWecom() ? null : form.wecomUrl());
        checkAllowed("dingtalkUrl", form.clearsDingtalk() ? null : form.dingtalkUrl());
        RobotConfig before = robots.find(departmentId).orElse(RobotConfig.none(departmentId));
        RobotConfig after = new RobotConfig(
                departmentId,
                form.clearsWecom() ? null : keep(form.wecomUrl(), before.wecomUrl()),
                form.clearsDingtalk() ? null : keep(form.dingtalkUrl(), before.dingtalkUrl()),
                form.clearsDingtalk() ? null : keep(form.dingtalkSecret(), before.dingtalkSecret()),
                form.version());
        robots.save(after);
        publish("notification.robots-updated", "department", departmentId, describe(before) + " → " + describe(after));
    }

    private void checkAllowed(String field, String entered) {
        if (entered != null && !entered.isBlank() && !addresses.allows(entered)) {
            throw BusinessException.invalid(field, "notification.robot.host-not-allowed", addresses.allowedHosts());
        }
    }

    private static String keep(String entered, String stored) {
        return entered == null || entered.isBlank() ? stored : entered.trim();
    }

    /** For the audit log: which robots exist, never their keys or the secret. */
    private static String describe(RobotConfig config) {
        return "wecom=" + config.hasWeCom() + ", dingtalk=" + config.hasDingTalk() + ", secret="
                + (config.dingtalkSecret() != null);
    }

    private static RobotView view(DepartmentView d, RobotConfig config) {
        return new RobotView(
                d.id(),
                d.name(),
                d.depth(),
                Secrets.maskUrl(config.wecomUrl()),
                Secrets.maskUrl(config.dingtalkUrl()),
                Secrets.hint(config.dingtalkSecret()),
                config.version());
    }

    private DepartmentView department(long id) {
        return departments.find(id).orElseThrow(() -> new NotFoundException("department", id));
    }

    private void publish(String action, String type, long id, String summary) {
        events.publishEvent(new NotificationSettingsChanged(Actor.current(), action, type, Long.toString(id), summary));
    }
}
