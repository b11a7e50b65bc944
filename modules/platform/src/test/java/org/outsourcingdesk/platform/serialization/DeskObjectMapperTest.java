package org.outsourcingdesk.platform.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.kernel.EngagementId;

class DeskObjectMapperTest {

    record Sample(EngagementId engagementId, Instant at, String note) {
    }

    @Test
    void idsAreTextDatesAreIsoAndUnknownFieldsAreTolerated() throws Exception {
        var mapper = DeskObjectMapper.create();
        var id = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");
        String json = mapper.writeValueAsString(new Sample(id, Instant.parse("2026-11-27T10:15:30Z"), "n"));
        assertThat(json).isEqualTo("{\"engagementId\":\"0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10\","
                + "\"at\":\"2026-11-27T10:15:30Z\",\"note\":\"n\"}");
        var back = mapper.readValue(json.replace("}", ",\"addedLater\":1}"), Sample.class);
        assertThat(back.engagementId()).isEqualTo(id);
        assertThat(back.at()).isEqualTo(Instant.parse("2026-11-27T10:15:30Z"));
    }
}
