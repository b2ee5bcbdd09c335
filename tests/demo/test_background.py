"""The demo writer's worker thread runs tasks in order and hands errors back."""

import pytest

from desktop.demo.background import Background


def test_tasks_run_in_order_and_first_error_is_raised():
    done = []
    worker = Background(depth=2)
    try:
        for k in range(5):
            worker.submit(lambda k=k: done.append(k))
        worker.wait()
        assert done == [0, 1, 2, 3, 4]
        worker.submit(lambda: 1 / 0)
        worker.submit(lambda: done.append("after the error"))
        with pytest.raises(ZeroDivisionError):
            worker.wait()
        assert "after the error" not in done
    finally:
        worker.close()
