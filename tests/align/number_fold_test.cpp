// Folding picked lone dissents: a lone group joins the one group that picked it as a conflict, and stays apart when
// two groups picked it.
#include <catch2/catch.hpp>

#include <vector>

#include "align/number_dissent.h"

namespace {

using fc::num_align::NumGroup;

// A group holding the given item indices.
NumGroup group_of(std::vector<size_t> members) {
  NumGroup g;
  g.members = std::move(members);
  return g;
}

}  // namespace

TEST_CASE("a lone group picked by one group folds into it as a conflict", "[align][numbers][dissent]") {
  std::vector<NumGroup> groups = {group_of({0, 1, 2}), group_of({3}), group_of({4, 5})};
  const size_t none = groups.size();
  std::vector<size_t> folded;
  fc::num_align::fold_picked_dissents(groups, {1, none, none}, [&](size_t g) {
    folded.push_back(g);
    groups[g].aligned = 2;
  });
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].members == std::vector<size_t>{0, 1, 2, 3});
  CHECK(groups[0].conflict);
  CHECK(groups[0].aligned == 2);
  CHECK(folded == std::vector<size_t>{0});
  CHECK_FALSE(groups[1].conflict);
}

TEST_CASE("a lone group two groups picked stays apart", "[align][numbers][dissent]") {
  std::vector<NumGroup> groups = {group_of({0, 1, 2}), group_of({3}), group_of({4, 5, 6})};
  fc::num_align::fold_picked_dissents(groups, {1, 3, 1}, [](size_t) {});
  REQUIRE(groups.size() == 3);
  CHECK_FALSE(groups[0].conflict);
  CHECK_FALSE(groups[2].conflict);
}
