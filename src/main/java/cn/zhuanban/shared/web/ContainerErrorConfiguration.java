package cn.zhuanban.shared.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ContainerErrorValve} in the place of Tomcat's error report valve. Spring Boot has no setting for it: it
 * adds a plain {@link ErrorReportValve} itself (without server info and report), so this customizer runs after Boot's
 * (lowest precedence), removes that one and names ours as the host's error report valve, so the host adds no other.
 */
@Configuration
class ContainerErrorConfiguration implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final MessageSource messages;

    ContainerErrorConfiguration(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            for (Valve valve : parent.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    parent.getPipeline().removeValve(valve);
                }
            }
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorValve.class.getName());
            }
            parent.getPipeline().addValve(new ContainerErrorValve(messages));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
