package cn.ipoffice.programmes.register;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityFiguresRepository extends JpaRepository<CityFigures, Long> {

    List<CityFigures> findByYearOrderByHolderIdAsc(int year);

    Optional<CityFigures> findByHolderIdAndYear(String holderId, int year);
}
