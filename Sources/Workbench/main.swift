print("soma")
