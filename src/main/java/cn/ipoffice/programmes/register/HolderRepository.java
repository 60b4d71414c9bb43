package cn.ipoffice.programmes.register;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HolderRepository extends JpaRepository<Holder, String> {

    List<Holder> findAllByOrderByIdAsc();

    /** The holders of these provinces and these holders themselves (a user's offices, see {@link Viewer}). */
    @Query("select h from Holder h where h.province in :provinces or h.id in :ids order by h.id")
    List<Holder> findVisible(@Param("provinces") Collection<String> provinces, @Param("ids") Collection<String> ids);
}
