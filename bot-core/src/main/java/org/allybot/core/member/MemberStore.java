package org.allybot.core.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/** Where members are kept. */
public interface MemberStore {
  Optional<Member> find(UserRef user);

  /** Those of {@code users} who are members, read together; the others are absent. */
  Map<UserRef, Member> findAll(Collection<UserRef> users);

  void save(Member member);

  List<Member> all(WorkspaceId workspace);

  /** Every member's user id, sorted, without reading their profiles. */
  List<String> ids(WorkspaceId workspace);

  /** Deletes the member's profile; other stores forget their own data about them. */
  void delete(UserRef user);
}
