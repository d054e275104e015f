package org.convenor.network.web;

import java.util.List;

import org.convenor.network.store.Owners;
import org.convenor.system.security.StaffDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may own members, answered from the people who may sign in: those who may change the network (STAFF, and
 * EDITOR, which includes it). Asked afresh each time, so a user who leaves or loses the role stops owning at
 * once. Without a web application (the commands, some tests) nobody signs in, so nobody may own.
 */
@Component
class StaffOwners implements Owners {

    private final ObjectProvider<StaffDirectory> directory;

    StaffOwners(ObjectProvider<StaffDirectory> directory) {
        this.directory = directory;
    }

    @Override
    public List<String> all() {
        StaffDirectory people = directory.getIfAvailable();
        return people == null ? List.of() : people.people().stream().filter(StaffDirectory.Person::mayOwnMembers)
                .map(StaffDirectory.Person::username).sorted().toList();
    }
}
