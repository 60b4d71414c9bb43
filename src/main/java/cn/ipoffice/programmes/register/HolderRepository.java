package cn.ipoffice.programmes.register;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HolderRepository extends JpaRepository<Holder, String> {

    List<Holder> findAllByOrderByIdAsc();
}
