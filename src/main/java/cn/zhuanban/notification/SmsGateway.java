package cn.zhuanban.notification;

/**
 * The port to an SMS provider. The platform ships a logging implementation; a district plugs in
 * its provider (or the government SMS platform) by declaring a bean of this type.
 */
public interface SmsGateway {

    /** Sends a text; throws when the provider refuses, so that the delivery is retried. */
    void send(String phone, String text);
}
