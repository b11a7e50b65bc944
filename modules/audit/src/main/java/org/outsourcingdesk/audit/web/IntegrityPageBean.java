package org.outsourcingdesk.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.outsourcingdesk.audit.integrity.IntegrityService;
import org.outsourcingdesk.platform.integrity.IntegrityKeys;
import org.outsourcingdesk.integrity.Checkpoint;

/**
 * Backs the integrity page ({@code audit/integrity.xhtml}): the public key, the signed checkpoints,
 * a verification with its progress and findings, and the downloads the offline command needs.
 */
@Named("integrityPage")
@RequestScoped
public class IntegrityPageBean {

    private static final Logger LOG = Logger.getLogger(IntegrityPageBean.class.getName());

    @Inject
    IntegrityService integrity;
    @Inject
    IntegrityKeys key;
    @Inject
    FacesContext faces;
    @Inject
    org.outsourcingdesk.audit.integrity.ChainSealer sealer;
    @Inject
    org.outsourcingdesk.platform.axon.ReadModelRebuild rebuild;

    private IntegrityService.Run run;
    private List<Checkpoint> checkpoints = List.of();

    @PostConstruct
    void load() {
        String id = faces.getExternalContext().getRequestParameterMap().get("run");
        if (id != null) {
            run = integrity.run(id).orElse(null);
        }
        try {
            var all = integrity.checkpoints();
            checkpoints = all.subList(Math.max(0, all.size() - 20), all.size()).reversed();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not read the checkpoints", e);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "The checkpoints could not be read just now.", null));
        }
    }

    /** Starts a verification and shows its progress. */
    public String verify() {
        var started = integrity.start(faces.getExternalContext().getRemoteUser());
        return "/audit/integrity.xhtml?faces-redirect=true&run=" + started.id;
    }

    /** Rebuilds the read models; says so when one is already running. */
    public String rebuildReadModels() {
        if (rebuild.start(faces.getExternalContext().getRemoteUser()).isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "A rebuild is already running.", null));
            return null;
        }
        return "/audit/integrity.xhtml?faces-redirect=true&rebuild=1";
    }

    public org.outsourcingdesk.platform.axon.ReadModelRebuild.Run getRebuild() {
        return rebuild.latest().orElse(null);
    }

    public void downloadExport() throws IOException {
        var response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"outsourcing-desk-events-"
                + Instant.now().toString().replace(':', '-') + ".jsonl\"");
        try {
            var writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
            integrity.export(writer);
            writer.flush();
        } catch (SQLException e) {
            throw new IOException("could not read the event store: " + e.getMessage(), e);
        }
        faces.responseComplete();
    }

    public void downloadPublicKey() throws IOException {
        var response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setContentType("application/x-pem-file");
        response.setHeader("Content-Disposition", "attachment; filename=\"outsourcing-desk-public-key.pem\"");
        response.getOutputStream().write(key.publicPem().getBytes(StandardCharsets.US_ASCII));
        faces.responseComplete();
    }

    /** The offline verifier the WAR carries, as a download. */
    public void downloadVerifier() throws IOException {
        var jar = faces.getExternalContext().getResourceAsStream(IntegrityResource.VERIFIER);
        if (jar == null) {
            faces.addMessage(null, new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                    "This build does not carry desk-verify.jar; build it with the integrity module.", null));
            return;
        }
        var response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setContentType("application/java-archive");
        response.setHeader("Content-Disposition", "attachment; filename=\"desk-verify.jar\"");
        try (jar) {
            jar.transferTo(response.getOutputStream());
        }
        faces.responseComplete();
    }

    public IntegrityService.Run getRun() {
        return run;
    }

    /** How far the verification is, in percent, for the progress bar. */
    public int getProgress() {
        if (run == null) {
            return 0;
        }
        if (run.done()) {
            return 100;
        }
        return run.total <= 0 ? 0 : (int) Math.min(99, run.checked() * 100 / run.total);
    }

    public List<Checkpoint> getCheckpoints() {
        return checkpoints;
    }

    /** Why the sealer stopped, or null while it seals. */
    public String getSealerAlarm() {
        return sealer.alarm();
    }

    public String getKeyId() {
        return key.keyId();
    }

    public String getPublicKey() {
        return key.publicPem();
    }
}
