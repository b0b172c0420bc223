package io.propcare.desk;

import static io.propcare.config.ConfigAssertions.assertProblems;
import static io.propcare.config.ConfigAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigurationException;
import io.propcare.model.complaint.ComplaintStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskApiTest {
    private static Object argument(Class<?> type) {
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return type == long.class ? 0L : 0;
        }
        if (type == double.class) {
            return 0.1;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    @Test
    @DisplayName("every public method given nulls throws a NullPointerException naming the argument")
    void nullsAreNamed() throws Exception {
        DeskFixture f = new DeskFixture();
        Map<Class<?>, Supplier<Object>> instances = Map.of(
                ComplaintDesk.class, () -> f.desk,
                ComplaintDesk.Builder.class, ComplaintDesk::builder,
                TransitionTable.class, TransitionTable::defaults,
                NotificationTemplates.class, NotificationTemplates::defaults,
                EscalationSweeper.class, f.desk::sweeper,
                DeskReports.class, () -> DeskReports.of(f.desk),
                QuietHours.class, () -> QuietHours.of(LocalTime.of(22, 0), LocalTime.of(8, 0), DeskFixture.ZONE),
                DutyRoster.class, () -> DutyRoster.none().orElse(DutyRoster.fixed(Map.of())),
                DeskCommand.class, () -> DeskCommand.of(CommandKind.CLOSE, DeskFixture.CS));
        List<String> unnamed = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Class<?>, Supplier<Object>> e : instances.entrySet()) {
            for (Method m : e.getKey().getMethods()) {
                if (m.getDeclaringClass() == Object.class || m.getName().equals("equals") || m.getParameterCount() == 0 || m.isSynthetic()
                        || java.util.Arrays.stream(m.getParameterTypes()).allMatch(Class::isPrimitive)) {
                    continue;
                }
                Object target = Modifier.isStatic(m.getModifiers()) ? null : e.getValue().get();
                Object[] args = java.util.Arrays.stream(m.getParameterTypes()).map(DeskApiTest::argument).toArray();
                try {
                    m.invoke(target, args);
                    unnamed.add(m + " accepted nulls");
                } catch (InvocationTargetException x) {
                    Throwable cause = x.getCause();
                    if (!(cause instanceof NullPointerException) || cause.getMessage() == null
                            || !cause.getMessage().contains("must not be null")) {
                        unnamed.add(m + " threw " + cause);
                    }
                }
                checked++;
            }
        }
        assertThat(unnamed).isEmpty();
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    @DisplayName("the default transition table allows what the procedure allows and nothing out of a closed complaint but reopening")
    void defaultTable() {
        TransitionTable t = TransitionTable.defaults();
        assertThat(t.allowed(ComplaintStatus.CLOSED)).containsExactly(CommandKind.REOPEN);
        assertThat(t.allowed(ComplaintStatus.PAUSED)).contains(CommandKind.RESUME).doesNotContain(CommandKind.SETTLE);
        assertThat(t.next(ComplaintStatus.RECEIVED, CommandKind.SETTLE_ON_THE_SPOT)).contains(ComplaintStatus.SETTLED);
        assertThat(t.next(ComplaintStatus.PAUSED, CommandKind.AGREE_REPLY_TIME)).contains(ComplaintStatus.PAUSED);
        assertThat(t.next(ComplaintStatus.SETTLED, CommandKind.PAUSE)).isEmpty();
        for (CommandKind k : CommandKind.values()) {
            assertThat(java.util.Arrays.stream(ComplaintStatus.values()).anyMatch(s -> t.allowed(s).contains(k)))
                    .as(k.id() + " is reachable").isTrue();
        }
    }

    @Test
    @DisplayName("a transition file with a typo is a configuration error naming the file, path and value")
    void badTableFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.json");
        Files.writeString(file, "{\"transitions\": [{\"command\": \"close\", \"from\": [\"setled\"], \"to\": \"closed\"}]}");
        assertThatThrownBy(() -> TransitionTable.read(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("t.json").hasMessageContaining("$.transitions[0].from").hasMessageContaining("setled");
        Files.writeString(file, "{\"transitions\": [{\"command\": \"clos\", \"from\": [\"settled\"]}]}");
        assertThatThrownBy(() -> TransitionTable.read(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("$.transitions[0].command").hasMessageContaining("clos");
        Files.writeString(file, "{\"transitions\": [{\"command\": \"close\", \"from\": [\"settled\"], \"requires\": [\"paid\"]}]}");
        assertThatThrownBy(() -> TransitionTable.read(file)).hasMessageContaining("$.transitions[0].requires")
                .hasMessageContaining("paid");
        Files.writeString(file, "{\"transitions\": [{\"command\": \"clos\", \"from\": [\"settled\"]},"
                + "{\"command\": \"close\", \"from\": [\"settled\"], \"to\": \"closed\"},"
                + "{\"command\": \"close\", \"from\": [\"setled\"]},"
                + "{\"command\": \"close\", \"from\": [\"settled\"]}]}");
        assertThatThrownBy(() -> TransitionTable.read(file)).isInstanceOfSatisfying(ConfigurationException.class,
                e -> assertThat(e.problems()).extracting(ConfigurationException::path).containsExactly(
                        "$.transitions[0].command", "$.transitions[2].from", "$.transitions[3].from"));
    }

    @Test
    @DisplayName("every bad value of one transition row is reported, not only the first")
    void everyBadValueOfOneRowIsReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.json");
        Files.writeString(file, "{\"transitions\": [{\"command\": \"clos\", \"from\": [\"setled\"], \"to\": \"closed\","
                + " \"requires\": [\"paid\"]}]}");
        assertProblems(() -> TransitionTable.read(file),
                problem("$.transitions[0].command", "clos", ConfigErrorCode.CONFIG_BAD_VALUE),
                problem("$.transitions[0].requires", "paid", ConfigErrorCode.CONFIG_BAD_VALUE),
                problem("$.transitions[0].from", "setled", ConfigErrorCode.CONFIG_BAD_VALUE));
    }

    @Test
    @DisplayName("every bad text and channel of one template is reported, not only the first")
    void everyBadValueOfOneTemplateIsReported(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(DeskApiTest.class.getResourceAsStream("/io/propcare/desk/templates.json"));
        ((ObjectNode) root.path("templates")).set("complaint.received",
                json.readTree("{\"default\": {\"zh\": \"新投诉 {ownr}\", \"en\": \"New complaint\"},"
                        + " \"pigeon\": {\"zh\": \"信鸽\", \"en\": \"Pigeon\"}, \"sms\": {\"zh\": \"\", \"en\": \"x\"}}"));
        Path file = dir.resolve("templates.json");
        Files.writeString(file, json.writeValueAsString(root));
        assertProblems(() -> NotificationTemplates.read(file),
                problem("$.templates.complaint.received.default", "{ownr}", ConfigErrorCode.CONFIG_BAD_VALUE),
                problem("$.templates.complaint.received.pigeon", "pigeon", ConfigErrorCode.CONFIG_BAD_VALUE),
                problem("$.templates.complaint.received.sms", "{\"zh\":\"\",\"en\":\"x\"}",
                        ConfigErrorCode.CONFIG_BAD_VALUE));
    }

    @Test
    @DisplayName("templates with an unknown placeholder or a missing template are configuration errors")
    void badTemplates(@TempDir Path dir) throws Exception {
        String ok = new String(DeskApiTest.class.getResourceAsStream("/io/propcare/desk/templates.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("templates.json");
        Files.writeString(file, ok.replace("{owner}", "{ownr}"));
        assertThatThrownBy(() -> NotificationTemplates.read(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("{ownr}");
        Files.writeString(file, ok.replace("\"complaint.settled\"", "\"complaint.done\""));
        assertThatThrownBy(() -> NotificationTemplates.read(file)).hasMessageContaining("complaint.settled");
        Files.writeString(file, ok.replace("{owner}", "{ownr}").replace("\"complaint.settled\"", "\"complaint.done\""));
        assertThatThrownBy(() -> NotificationTemplates.read(file)).isInstanceOfSatisfying(ConfigurationException.class,
                e -> assertThat(e.problems()).extracting(ConfigurationException::value)
                        .contains("{ownr}", "complaint.settled"));
        assertThat(NotificationTemplates.defaults().render("complaint.escalated",
                io.propcare.model.notification.NotificationChannel.SMS, "en", Map.of("complaint", "C-1")))
                .startsWith("Complaint C-1:");
    }

    @Test
    @DisplayName("quiet hours across midnight hold messages until their end; none holds nothing")
    void quietHours() {
        QuietHours q = QuietHours.of(LocalTime.of(22, 0), LocalTime.of(8, 0), DeskFixture.ZONE);
        DeskFixture f = new DeskFixture();
        assertThat(q.holdUntil(f.at(3, 23, 30))).contains(f.at(4, 8, 0));
        assertThat(q.holdUntil(f.at(4, 7, 59))).contains(f.at(4, 8, 0));
        assertThat(q.holdUntil(f.at(4, 8, 0))).isEmpty();
        assertThat(q.holdUntil(f.at(3, 21, 59))).isEmpty();
        assertThat(QuietHours.none(DeskFixture.ZONE).holdUntil(f.at(3, 23, 30))).isEmpty();
    }

    @Test
    @DisplayName("building without clock, storage and zone lists all three; a setting given twice names the first value")
    void builderReportsEverything() {
        assertThatThrownBy(() -> ComplaintDesk.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clock is required").hasMessageContaining("storage is required")
                .hasMessageContaining("zone is required");
        assertThatThrownBy(() -> ComplaintDesk.builder().zone(DeskFixture.ZONE).zone(DeskFixture.ZONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Asia/Shanghai");
    }

    @Test
    @DisplayName("samples are seeded, stratified by category and of the asked size")
    void samples() {
        DeskFixture f = new DeskFixture();
        List<io.propcare.model.complaint.ComplaintRecord> rs = new ArrayList<>();
        String[] texts = {"楼道很脏", "卫生间水管漏水", "电梯又坏了", "请问物业费怎么交"};
        for (int i = 0; i < 40; i++) {
            rs.add(f.receive(f.complaint(texts[i % 4], io.propcare.model.complaint.Channel.APP, "3", "3-" + (100 + i))));
        }
        List<io.propcare.model.complaint.ComplaintId> a = DeskReports.spotCheck(rs, 0.2, 5);
        assertThat(a).hasSize(8).isEqualTo(DeskReports.spotCheck(rs, 0.2, 5));
        assertThat(a.stream().map(id -> rs.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
                .state().classification().orElseThrow().category().id()).distinct()).hasSize(4);
        assertThat(DeskReports.spotCheck(rs, 0.2, 6)).isNotEqualTo(a);
        assertThatThrownBy(() -> DeskReports.callbackRecheck(rs, 0.1, 1)).hasMessageContaining("3-5%");
        assertThat(DeskReports.callbackRecheck(rs, 0.05, 1)).isEmpty();
    }
}
