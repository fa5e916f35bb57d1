package cn.zhuanban.notification;

import cn.zhuanban.notification.domain.DeliveryOutbox;
import cn.zhuanban.notification.domain.DeliveryPlan;
import cn.zhuanban.notification.domain.InboxStore;
import cn.zhuanban.notification.domain.NoticeText;
import cn.zhuanban.notification.domain.RecipientChannels;
import cn.zhuanban.notification.domain.RecipientChannels.Recipient;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Telling people: {@link #notify} writes an inbox item per recipient and queues a mail or SMS per
 * further channel they chose, in their language, and one post per department robot group, all in
 * the caller's transaction, each unique by the caller's idempotency key so that telling again
 * changes nothing. The inbox is read and marked here too.
 */
@Service
@Transactional
public class NotificationManagement {

    private final InboxStore inbox;
    private final DeliveryOutbox outbox;
    private final RecipientChannels channels;
    private final NoticeText texts;
    private final Clock clock;

    NotificationManagement(
            InboxStore inbox, DeliveryOutbox outbox, RecipientChannels channels, NoticeText texts, Clock clock) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.channels = channels;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Tells the recipients. {@code idempotencyKey} names the occasion (e.g. {@code ticket:7:step:3});
     * a second call with the same key adds nothing for anyone already told.
     *
     * @param link a path inside the platform such as {@code /tickets/7}, or null
     * @return how many new inbox items were written
     */
    public int notify(
            Collection<Long> recipients, String messageKey, List<String> args, String link, String idempotencyKey) {
        Set<Long> distinct = new LinkedHashSet<>(recipients);
        distinct.remove(null);
        Instant now = clock.instant();
        List<Recipient> resolved = channels.resolve(distinct);
        int written = 0;
        for (Recipient recipient : resolved) {
            String personal = DeliveryPlan.personalKey(idempotencyKey, recipient.userId());
            if (inbox.add(recipient.userId(), personal, messageKey, args, link, now)) {
                written++;
            }
        }
        DeliveryPlan.Renderer render = locale -> {
            String text = texts.text(messageKey, args, locale);
            return new DeliveryPlan.Rendered(texts.subject(text, locale), texts.body(text, link));
        };
        DeliveryPlan.of(idempotencyKey, resolved, render).forEach(d -> outbox.enqueue(d, now));
        return written;
    }

    @Transactional(readOnly = true)
    public PageResult<InboxItemView> inbox(long userId, boolean unreadOnly, PageQuery page) {
        return inbox.page(userId, unreadOnly, null, List.of(), page);
    }

    /**
     * The inbox narrowed to the items whose text contains {@code q}: in the wording of the notice (its message in the
     * reader's language) or in what it names (a ticket's title, a project's name), each as typed, in SQL.
     */
    @Transactional(readOnly = true)
    public PageResult<InboxItemView> inbox(long userId, boolean unreadOnly, String q, Locale locale, PageQuery page) {
        String like = LikeText.containing(q);
        if (like == null) {
            return inbox(userId, unreadOnly, page);
        }
        String words = q.strip().toLowerCase(Locale.ROOT);
        List<String> keys = inbox.messageKeys(userId).stream()
                .filter(key -> texts.text(key, List.of(), locale)
                        .toLowerCase(Locale.ROOT)
                        .contains(words))
                .toList();
        return inbox.page(userId, unreadOnly, like, keys, page);
    }

    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return inbox.unread(userId);
    }

    /** Marks the user's own item read and returns it; someone else's item is not found. */
    public InboxItemView open(long userId, long itemId) {
        InboxItemView item = inbox.find(userId, itemId).orElseThrow(() -> new NotFoundException("inbox", itemId));
        inbox.markRead(userId, itemId, clock.instant());
        return item;
    }

    public int markAllRead(long userId) {
        return inbox.markAllRead(userId, clock.instant());
    }
}
