"""Reception levels: the seed's three levels, the meal budget rule, admin edits."""
import pytest

from shared.domain.errors import InvalidInput
from shared.domain.model import Actor, ReceptionLevel
from shared.services.directory.levels import checklist, levels, meal_budget, update_level

ADMIN = Actor("desk-1", "Admin Li", "admin")


def test_three_levels_exist_from_the_start(store):
    found = levels(store)
    assert list(found) == [ReceptionLevel.STANDARD, ReceptionLevel.SENIOR, ReceptionLevel.VIP]
    assert found[ReceptionLevel.VIP].badge == "vip" and found[ReceptionLevel.STANDARD].badge == "visitor"
    assert "三星级" in found[ReceptionLevel.VIP].lodging


@pytest.mark.parametrize("guests, lunch, dinner", [(1, 300, 1000), (2, 300, 1000), (3, 450, 1150),
                                                   (5, 750, 1450)])
def test_the_base_covers_two_guests_and_each_extra_guest_adds_to_each_meal(store, guests, lunch, dinner):
    policy = levels(store)[ReceptionLevel.VIP]  # 300 / 1000, +150 per extra guest
    budget = meal_budget(policy, guests)
    assert (budget.lunch, budget.dinner, budget.total) == (lunch, dinner, lunch + dinner)


def test_an_admin_edit_is_kept_and_applies_to_the_budget(store):
    update_level(store, ADMIN, "standard", meal_lunch=120, meal_extra=60, vehicle="  公司车 ",
                 wait_warn_minutes=20)
    policy = levels(store)[ReceptionLevel.STANDARD]
    assert (policy.meal_lunch, policy.meal_extra, policy.vehicle, policy.wait_warn_minutes) == (120, 60, "公司车", 20)
    assert meal_budget(policy, 4).lunch == 240


@pytest.mark.parametrize("changes, field", [({"meal_lunch": -1}, "meal_lunch"), ({"badge": "gold"}, "badge"),
                                            ({"wait_warn_minutes": 0}, "wait_warn_minutes"),
                                            ({"colour": "red"}, "colour")])
def test_bad_values_are_refused_and_change_nothing(store, changes, field):
    before = levels(store)
    with pytest.raises(InvalidInput) as err:
        update_level(store, ADMIN, "senior", meal_dinner=999, **changes)
    assert field in err.value.problems
    assert levels(store) == before


def test_the_checklist_lists_what_the_policy_asks_and_what_is_done(store):
    policy = levels(store)[ReceptionLevel.VIP]
    items = checklist(policy, frozenset({"room"}))
    assert [i.item for i in items] == ["badge", "accompany", "room", "refreshments", "vehicle", "lodging", "meals"]
    assert [i.item for i in items if i.done] == ["room"]
    update_level(store, ADMIN, "vip", vehicle="", lodging="")
    assert "vehicle" not in [i.item for i in checklist(levels(store)[ReceptionLevel.VIP])]
