// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title CereToken: the CERE ERC-20 for local networks.
/// @notice Real deployments use the real token's address; its decimals are
/// read from the token, never assumed.
contract CereToken is ERC20, Ownable {
    uint8 private immutable _decimals;

    constructor(address owner_, uint8 decimals_, uint256 supply) ERC20("Cere", "CERE") Ownable(owner_) {
        _decimals = decimals_;
        _mint(owner_, supply);
    }

    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Mints test CERE; only the owner (a local network's funder).
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
