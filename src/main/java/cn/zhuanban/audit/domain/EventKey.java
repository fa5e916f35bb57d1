package cn.zhuanban.audit.domain;

import cn.zhuanban.shared.AuditedEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The identity of an audited event: a SHA-256 of its type and everything the record keeps, with the actor's instant
 * at full precision (the record keeps milliseconds). An event handed to the listener again after a crash is the same
 * event read back from its publication, so it has the same key; two events of one request differ at least in their
 * action, entity or summary, or in the instant their actor was taken. Spring Modulith itself tells a publication by
 * its listener and serialized event, not by an id the listener could see.
 */
final class EventKey {

    private EventKey() {}

    static String of(AuditedEvent event) {
        String text = String.join(
                "\t",
                event.getClass().getName(),
                String.valueOf(event.actor().username()),
                String.valueOf(event.actor().address()),
                String.valueOf(event.actor().at()),
                String.valueOf(event.action()),
                String.valueOf(event.entityType()),
                String.valueOf(event.entityId()),
                Objects.toString(event.summary(), ""));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
