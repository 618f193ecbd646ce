package org.factmark.security;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the acting user ("system" for start-up and background work). */
public class AuditRevisionListener implements RevisionListener {
    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(CurrentUser.username().orElse("system"));
    }
}
